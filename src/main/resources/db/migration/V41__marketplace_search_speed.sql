-- issue 11: the marketplace search at 5,000 listings. A one-word best match reads the listings whose
-- name holds the word first (MarketplaceSearch): when many names hold it, by walking the name index
-- for the page's rows; when few do, by a trigram index of the names (a word found in every
-- description but in no name no longer reads every listing to learn that no name holds it).
create index marketplace_listing_content_name_text on marketplace_listing_content
    using gin (lower(partner_name) gin_trgm_ops) where published;
-- The planner estimates how many names hold a word (lower(partner_name) like '%word%') from
-- statistics of the lower-cased name. The name indexes are partial (published listings only) and the
-- planner reads no statistics of a partial index's expression, so it took every such word to be rare
-- (0.5 %) and sorted all the listings found instead of walking the name index.
create statistics marketplace_listing_content_name_stats on (lower(partner_name)) from marketplace_listing_content;
analyze marketplace_listing_content;
