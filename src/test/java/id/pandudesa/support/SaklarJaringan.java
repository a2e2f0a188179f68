package id.pandudesa.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network switch between the browser and the app for offline tests: a TCP relay on a port of its
 * own. Off, it drops every connection (the browser and its service worker see no network at all,
 * as on a phone without signal); on, it relays bytes unchanged. {@link #putusSetelahPost()} lets the
 * next POST reach the app but cuts the connection before its answer comes back — the dropped
 * connection after which a phone resends.
 */
public final class SaklarJaringan implements AutoCloseable {

    private final int target;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger postDiputus = new AtomicInteger();
    private final AtomicInteger post = new AtomicInteger();
    private volatile boolean hidup = true;
    private volatile boolean putusPost;

    public SaklarJaringan(int target) {
        this.target = target;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::terima, "saklar-jaringan");
        accept.setDaemon(true);
        accept.start();
    }

    public String url(String path) {
        return "http://localhost:" + server.getLocalPort() + path;
    }

    /** No signal: open connections are cut, new ones closed at once. */
    public void mati() {
        hidup = false;
        open.forEach(SaklarJaringan::tutup);
        open.clear();
    }

    public void hidup() {
        hidup = true;
    }

    /** The next POST reaches the app, and its answer is lost with the connection. */
    public void putusSetelahPost() {
        putusPost = true;
    }

    /** How many POSTs were relayed to the app so far. */
    public int jumlahPost() {
        return post.get();
    }

    /** How many POST answers were lost so far. */
    public int jumlahPostDiputus() {
        return postDiputus.get();
    }

    private void terima() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!hidup) {
                    tutup(client);
                    continue;
                }
                Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(app);
                boolean[] postSeen = {false};
                salur(client, app, postSeen, true);
                salur(app, client, postSeen, false);
            } catch (IOException e) {
                // closed: the test ends
            }
        }
    }

    private void salur(Socket from, Socket to, boolean[] postSeen, boolean request) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            if (request
                                    && n >= 5
                                    && "POST ".equals(new String(buffer, 0, 5, StandardCharsets.US_ASCII))) {
                                post.incrementAndGet();
                                postSeen[0] = putusPost;
                            }
                            if (!request && postSeen[0]) {
                                // The app has answered the POST: the answer never reaches the phone.
                                putusPost = false;
                                postDiputus.incrementAndGet();
                                tutup(from);
                                tutup(to);
                                return;
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        tutup(from);
                        tutup(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "saklar-salur");
        t.setDaemon(true);
        t.start();
    }

    private static void tutup(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        mati();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
