package io.github.liquibasesyzygy.bench.e2e;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Liquibase installation in a class loader of its own, with or without the extension jar, so that plain Liquibase
 * and Liquibase with the extension can run side by side in one JVM without seeing each other's services.
 *
 * <p>Each variant of the benchmark gets an installation of its own, so that each one's copy of Liquibase is
 * compiled by the JIT from its own runs alone: a copy shared by three variants would be warmer than the extension's.
 * The JDBC drivers live in a parent loader shared by all (sqlite-jdbc loads a native library, which a JVM binds to
 * one class loader); everything else, Liquibase included, is loaded separately by each.
 */
public final class IsolatedLiquibase implements AutoCloseable {

    private static final String EXTENSION_MARKER = "liquibase-syzygy-ext";
    private static final String EXTENSION_CLASS = "liquibase.ext.syzygy.Stage";

    private final String name;
    private final URLClassLoader loader;
    private final Method update;

    private IsolatedLiquibase(String name, URLClassLoader loader) throws ReflectiveOperationException {
        this.name = name;
        this.loader = loader;
        this.update = loader.loadClass(LiquibaseUpdate.class.getName())
                .getMethod("update", String.class, String.class, String.class, String.class, Map.class, Consumer.class);
    }

    /** Runs {@code update}; returns what it cost. Any Liquibase failure is rethrown. */
    public RunCost update(String searchPath, String changelog, String url, String contexts) throws Exception {
        return update(searchPath, changelog, url, contexts, Map.of(), null);
    }

    /**
     * Runs {@code update} with {@code settings} for this run alone, handing Liquibase's UI messages to
     * {@code messages}; returns what it cost. Any Liquibase failure is rethrown with its cause.
     */
    public RunCost update(
            String searchPath,
            String changelog,
            String url,
            String contexts,
            Map<String, String> settings,
            Consumer<String> messages)
            throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return RunCost.measure(() -> update.invoke(null, searchPath, changelog, url, contexts, settings, messages));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    name + " Liquibase update failed (contexts " + contexts + ")", e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() throws Exception {
        loader.close();
    }

    private boolean has(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** This JVM's class path split into the drivers, Liquibase with its dependencies, and the extension jar. */
    public static final class Installer implements AutoCloseable {

        private final List<URL> plain = new ArrayList<>();
        private final List<URL> extension = new ArrayList<>();
        private final URLClassLoader drivers;

        public Installer() throws Exception {
            List<URL> driverJars = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                URL url = new File(entry).toURI().toURL();
                if (entry.contains("postgresql") || entry.contains("sqlite-jdbc")) {
                    driverJars.add(url);
                } else if (entry.contains(EXTENSION_MARKER)) {
                    extension.add(url);
                } else {
                    plain.add(url);
                }
            }
            if (extension.size() != 1 || driverJars.size() != 2) {
                throw new IllegalStateException("expected the extension jar and two drivers on the class path, got "
                        + extension + " and " + driverJars);
            }
            extension.addAll(0, plain);
            drivers = new URLClassLoader(driverJars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }

        /** A new installation, with the extension or without; checks the extension is there only when asked for. */
        public IsolatedLiquibase install(String name, boolean withExtension) throws Exception {
            List<URL> jars = withExtension ? extension : plain;
            IsolatedLiquibase install =
                    new IsolatedLiquibase(name, new URLClassLoader(jars.toArray(URL[]::new), drivers));
            if (install.has(EXTENSION_CLASS) != withExtension) {
                install.close();
                throw new IllegalStateException(name + ": class loaders are not isolated as intended");
            }
            return install;
        }

        @Override
        public void close() throws Exception {
            drivers.close();
        }
    }
}
