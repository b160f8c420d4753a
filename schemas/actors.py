import pandera.pandas as pa
from pandera.typing import Series

from schemas.base import ACTOR_TYPES, ORIGINS, Int, String, StringList, TableModel


class Actors(TableModel):
    """One row per distinct real-world actor named in at least one document."""

    actor_id: Series[String] = pa.Field(unique=True, str_matches=r"^[a-z0-9]+(-[a-z0-9]+)*$",
                                        description="Readable slug: the registry's ID, or a slug of the discovered name.")
    name: Series[String] = pa.Field(description="Canonical name.")
    actor_type: Series[String] = pa.Field(isin=ACTOR_TYPES, description="person | state | government_body | political_party | legislature | military | organization | think_tank | media | company | international_org.")
    country: Series[String] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country, or null.")
    aliases: Series[StringList] = pa.Field(description="Every surface form registered or seen, native-script names included, sorted.")
    origin: Series[String] = pa.Field(isin=ORIGINS, description="registry (from seeds/actors.yaml) or discovered (introduced in a text with a title or role).")
    role: Series[String] = pa.Field(nullable=True, description="Title or role the actor was introduced with in the documents (discovered actors), or null.")
    n_documents: Series[Int] = pa.Field(ge=0, description="Number of documents that mention the actor.")
    n_claims: Series[Int] = pa.Field(ge=0, description="Number of claims naming the actor as claimant, subject or object.")
    curation: Series[StringList] = pa.Field(nullable=True, description="IDs of the curation overrides (seeds/curation/) that shaped this actor (merge, split, alias, type, country), sorted; null when curation did not touch it.")
