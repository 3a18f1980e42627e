package id.kinerja.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    /**
     * The read timeout of a call that is not a long poll: a user is waiting for the answer, and a send that
     * times out is retried (or queued) rather than holding the turn for the long poll's 75 s.
     */
    @Bean(destroyMethod = "")
    OkHttpClient telegramHttpClient(@Value("${kinerja.telegram.request-timeout:20s}") Duration requestTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(32, 5, java.util.concurrent.TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75))
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(chain -> chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")
                        ? chain.proceed(chain.request())
                        : chain.withReadTimeout((int) requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                                .proceed(chain.request()))
                .addInterceptor(new GatewayAnswers())
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties) {
        return new OkHttpTelegramClient(telegramHttpClient, properties.token(), properties.telegramUrl());
    }
}
