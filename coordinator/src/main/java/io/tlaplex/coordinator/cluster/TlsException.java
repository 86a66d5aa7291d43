package io.tlaplex.coordinator.cluster;

/** A TLS key store or trust store that cannot serve: the message says which file and why, for the user. */
public final class TlsException extends Exception {
    private static final long serialVersionUID = 1L;

    TlsException(String message) {
        super(message, null, false, false);
    }
}
