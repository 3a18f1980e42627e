package id.kinerja;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns, declared on its {@code package-info.java}: only that module's SQL names them,
 * every other module goes through its API (docs/ARCHITECTURE.md, "Each table has one owning module").
 * The one place the table → module map is declared; {@code TableOwnershipTest} checks it against the
 * Flyway migrations and every SQL string of the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** Table names as the migrations create them, lower case. */
    String[] value();
}
