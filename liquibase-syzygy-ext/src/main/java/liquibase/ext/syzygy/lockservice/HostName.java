package liquibase.ext.syzygy.lockservice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** This machine's name for lock records, or empty when it has none the JDK can find. */
final class HostName {

    private HostName() {}

    static Optional<String> local() {
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME"));
        }
    }
}
