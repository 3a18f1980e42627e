package id.kinerja.telegram;

import id.kinerja.chat.FileDownloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * getFile, then a plain GET of {@code <apiUrl>/file/bot<token>/<file_path>}: the library's own
 * download ignores our API URL (ARCHITECTURE.md), so the URL is built from our configuration. Short
 * timeouts, since this runs while an update is being handled.
 */
@Component
class TelegramFileDownloads implements FileDownloads {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final OkHttpClient http;

    TelegramFileDownloads(TelegramProperties properties, OkHttpClient telegramHttpClient) {
        this.properties = properties;
        this.http = telegramHttpClient.newBuilder().readTimeout(TIMEOUT).callTimeout(TIMEOUT).build();
        // getFile too is bounded by the short timeout, not the long one long polling needs
        this.client = new OkHttpTelegramClient(http, properties.token(), properties.telegramUrl());
    }

    @Override
    public byte[] download(String fileId, int maxBytes) {
        File file;
        try {
            file = client.execute(new GetFile(fileId));
        } catch (TelegramApiException e) {
            throw new Failed("getFile failed: " + TelegramReplySender.describe(e), e);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new TooLarge(file.getFileSize() + " bytes");
        }
        if (file.getFilePath() == null || file.getFilePath().isBlank()) {
            throw new Failed("getFile gave no file_path", null);
        }
        Request request = new Request.Builder().url(url(file.getFilePath())).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new Failed("file download answered " + response.code(), null);
            }
            return readAtMost(body.byteStream(), maxBytes);
        } catch (IOException e) {
            throw new Failed("file download failed: " + e.getMessage(), e);
        }
    }

    HttpUrl url(String filePath) {
        HttpUrl base = HttpUrl.get(properties.apiUrl());
        HttpUrl.Builder url = base.newBuilder().addPathSegment("file").addPathSegment("bot" + properties.token());
        for (String segment : filePath.split("/")) {
            if (!segment.isEmpty()) {
                url.addPathSegment(segment);
            }
        }
        return url.build();
    }

    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new TooLarge("more than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
