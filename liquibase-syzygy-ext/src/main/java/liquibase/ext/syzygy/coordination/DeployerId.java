package liquibase.ext.syzygy.coordination;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A deployer's name in the coordination table and in messages: {@code host/pid/random}, unique per run. */
final class DeployerId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeployerId() {}

    static String create() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return host() + "/" + ProcessHandle.current().pid() + "/"
                + HexFormat.of().formatHex(random);
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
