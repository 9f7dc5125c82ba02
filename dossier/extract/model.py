"""The facts extraction produces, each carrying its evidence.

These dataclasses are the contract between `dossier.extract` and the rest of the
pipeline (the `extract.*` DuckDB tables are built from them), so change them with care.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, as character offsets into the cleaned text."""

    sentence: str
    char_start: int
    char_end: int


@dataclass
class CompanyFact:
    name: str  # canonical: shortest name that still identifies the company
    aliases: list[str] = field(default_factory=list)  # every other form the text uses
    role: str = "developer"  # "issuer" | "developer"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ProductFact:
    code: str  # development code as written, else the name
    aliases: list[str] = field(default_factory=list)  # INN, brand, descriptive names
    company: str | None = None  # canonical name of owner / lead developer
    targets: list[str] = field(default_factory=list)
    modality: str | None = None  # GUIDELINES.md vocabulary
    cell_source: str | None = None  # "autologous" | "allogeneic" | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class IndEventFact:
    product: str  # ProductFact.code of the product it concerns
    agency: str  # FDA, NMPA, EMA, ... (GUIDELINES.md)
    status: str  # submitted | accepted | cleared
    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    indication: str | None
    application_number: str | None
    evidence: Evidence


@dataclass
class DesignationFact:
    product: str
    agency: str
    type: str  # orphan_drug, fast_track, ... (GUIDELINES.md)
    date: str | None
    indication: str | None
    evidence: Evidence


@dataclass
class ReleaseExtraction:
    issuer: str | None  # canonical company name of the issuer
    companies: list[CompanyFact] = field(default_factory=list)
    products: list[ProductFact] = field(default_factory=list)
    ind_events: list[IndEventFact] = field(default_factory=list)
    designations: list[DesignationFact] = field(default_factory=list)
