package id.kinerja.admin;

import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.objenesis.Objenesis;
import org.springframework.objenesis.ObjenesisStd;
import picocli.CommandLine;

/**
 * Lets picocli create our commands as Spring beans (constructor injection); anything else the
 * picocli way. Without a context (usage help only) a command is created without calling its
 * constructor: picocli then only reads its annotations and initial field values.
 */
final class SpringCommandFactory implements CommandLine.IFactory {

    private static final Objenesis OBJENESIS = new ObjenesisStd();

    private final Supplier<? extends ApplicationContext> context;

    SpringCommandFactory(Supplier<? extends ApplicationContext> context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (AdminCommand.class.isAssignableFrom(type)) {
            if (context == null) {
                return OBJENESIS.newInstance(type);
            }
            return context.get().getAutowireCapableBeanFactory().createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
