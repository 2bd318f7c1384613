package io.github.liquibasesyzygy.bench.e2e;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A Liquibase installation in a class loader of its own, with or without the extension jar, so that plain Liquibase
 * and Liquibase with the extension can run side by side in one JVM without seeing each other's services.
 *
 * <p>The JDBC drivers live in a parent loader shared by both (sqlite-jdbc loads a native library, which a JVM
 * binds to one class loader); everything else, Liquibase included, is loaded separately by each.
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
                .getMethod("update", String.class, String.class, String.class, String.class);
    }

    /** Plain Liquibase and Liquibase with the extension, from this JVM's class path; checks which is which. */
    public static List<IsolatedLiquibase> plainAndExtension() throws Exception {
        List<URL> drivers = new ArrayList<>();
        List<URL> plain = new ArrayList<>();
        List<URL> extension = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            URL url = new File(entry).toURI().toURL();
            if (entry.contains("postgresql") || entry.contains("sqlite-jdbc")) {
                drivers.add(url);
            } else if (entry.contains(EXTENSION_MARKER)) {
                extension.add(url);
            } else {
                plain.add(url);
            }
        }
        if (extension.size() != 1 || drivers.size() != 2) {
            throw new IllegalStateException("expected the extension jar and two drivers on the class path, got "
                    + extension + " and " + drivers);
        }
        extension.addAll(0, plain);
        ClassLoader shared = new URLClassLoader(drivers.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        IsolatedLiquibase withoutExt =
                new IsolatedLiquibase("plain", new URLClassLoader(plain.toArray(URL[]::new), shared));
        IsolatedLiquibase withExt =
                new IsolatedLiquibase("extension", new URLClassLoader(extension.toArray(URL[]::new), shared));
        if (withoutExt.has(EXTENSION_CLASS) || !withExt.has(EXTENSION_CLASS)) {
            throw new IllegalStateException("class loaders are not isolated as intended");
        }
        return List.of(withoutExt, withExt);
    }

    private boolean has(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Runs {@code update}; returns its wall time in milliseconds. Any Liquibase failure is rethrown. */
    public double update(String searchPath, String changelog, String url, String contexts) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        long start = System.nanoTime();
        try {
            update.invoke(null, searchPath, changelog, url, contexts);
            return (System.nanoTime() - start) / 1e6;
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
}
