package id.pandudesa.platform.notifikasi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generic SMS or WhatsApp gateway: POSTs {@code {"tujuan","subjek","isi"}} as JSON to the
 * provider's (or a small adapter's) URL, with an optional bearer token. Any answer other than 2xx
 * is a failure, retried by the outbox. Configured by {@code pandu.notifikasi.webhook.sms-url} /
 * {@code whatsapp-url} and {@code token}.
 */
class WebhookGerbang implements MessageGateway {

    private final SaluranPesan saluran;
    private final URI url;
    private final String token;
    private final HttpClient http;
    private final JsonMapper json;

    WebhookGerbang(SaluranPesan saluran, String url, String token) {
        this.saluran = saluran;
        this.url = url == null || url.isBlank() ? null : URI.create(url.strip());
        // The client (and its selector thread) only for a configured gateway.
        this.http = this.url == null
                ? null
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.json = this.url == null ? null : JsonMapper.builder().build();
        this.token = token;
    }

    @Override
    public SaluranPesan saluran() {
        return saluran;
    }

    /** Only with a URL: without one the channel's messages stay queued. */
    @Override
    public boolean aktif() {
        return url != null;
    }

    @Override
    public void kirim(String tujuan, String subjek, String isi) throws Exception {
        if (url == null) {
            throw new IllegalStateException(saluran + " gateway has no URL (pandu.notifikasi.webhook.*)");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("tujuan", tujuan);
        body.put("subjek", subjek);
        body.put("isi", isi);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(saluran + " gateway answered " + response.statusCode());
        }
    }
}
