package id.kinerja.peer;

/** Why a peer rating (or a button leading to one) is refused. */
public enum PeerRefusal {
    NOT_LINKED, UNKNOWN, PERIOD_CLOSED, SELF, OTHER_UNIT;

    /** The text key of the polite alert. */
    public String textKey() {
        return "peer.refused_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
