package org.llm4rec.explorer.store;

/**
 * A saved profile names an item that its dataset's catalogue no longer has (the dataset was re-imported
 * without it). Loading refuses rather than dropping the entry, because a silently shorter history would
 * change every prompt built from it; the caller can offer to repair the profile.
 */
public final class MissingItemException extends StoreException {
    private final String profileId;
    private final String itemId;

    public MissingItemException(String profileId, String profileName, String datasetId, String itemId) {
        super("Profile '" + profileName + "' (id " + profileId + ") refers to item " + itemId
                + ", which is not in the catalogue of dataset " + datasetId + ".");
        this.profileId = profileId;
        this.itemId = itemId;
    }

    public String profileId() {
        return profileId;
    }

    public String itemId() {
        return itemId;
    }
}
