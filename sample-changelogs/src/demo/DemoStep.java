import liquibase.integration.commandline.LiquibaseCommandLine;

/**
 * One step of the quick start ({@code -Pdemo}): prints the step's label, then runs the Liquibase CLI with the other
 * arguments in this JVM, so each step's output starts with what it is. Run as a single-file source program
 * ({@code java -cp <demo classpath> src/demo/DemoStep.java LABEL ARGS...}); the exit code is Liquibase's.
 */
public final class DemoStep {

    private DemoStep() {}

    public static void main(String[] args) {
        System.out.println();
        System.out.println("=== " + args[0]);
        System.out.flush();
        LiquibaseCommandLine.main(java.util.Arrays.copyOfRange(args, 1, args.length));
    }
}
