package liquibase.ext.syzygy.it;

/**
 * What one run of Liquibase did, whatever the entry point.
 *
 * @param exitCode the process exit code; for in-process runs 0 on success and 1 on an exception
 * @param output everything the run printed (stdout and stderr, or the exception chain for the Java API)
 * @param error the exception of an in-process run, else null
 */
record Outcome(int exitCode, String output, Throwable error) {

    boolean succeeded() {
        return exitCode == 0 && error == null;
    }

    @Override
    public String toString() {
        return "exit code " + exitCode
                + (error == null ? "" : " (" + error.getClass().getName() + ")") + ", output:\n" + output;
    }
}
