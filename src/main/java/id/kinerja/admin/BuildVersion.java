package id.kinerja.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** What {@code --version} prints: the Maven project version recorded at build time in build-info.properties. */
final class BuildVersion implements CommandLine.IVersionProvider {

    static final String RESOURCE = "META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Kinerja Bot " + version()};
    }

    static String version() {
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                String fromManifest = BuildVersion.class.getPackage().getImplementationVersion();
                return fromManifest != null ? fromManifest : "(version unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build.version", "(version unknown)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
