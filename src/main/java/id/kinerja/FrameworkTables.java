package id.kinerja;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a framework creates and uses on its own, declared once on the application's root package:
 * no module's SQL names them. The counterpart of {@link OwnsTables} for what no module owns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface FrameworkTables {

    /** Table names, lower case; a trailing {@code *} stands for every table with that prefix. */
    String[] value();
}
