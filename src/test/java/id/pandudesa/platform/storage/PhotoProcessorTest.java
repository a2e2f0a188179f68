package id.pandudesa.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pandudesa.support.TestImages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoProcessorTest {

    private final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void a_big_phone_photo_is_scaled_down_for_slow_connections() throws Exception {
        PhotoProcessor.Photo photo = processor.process(TestImages.jpeg(4000, 3000));

        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(1200);
        assertThat(PhotoProcessor.sniff(photo.jpeg())).isEqualTo("jpeg");
    }

    @Test
    void the_camera_position_is_read_out_but_never_left_inside_the_file() throws Exception {
        byte[] upload = TestImages.jpegWithGps(800, 600, 7.55, 112.25);
        assertThat(TestImages.hasExif(upload)).as("test photo carries EXIF").isTrue();

        PhotoProcessor.Photo photo = processor.process(upload);

        assertThat(TestImages.hasExif(photo.jpeg())).isFalse();
        assertThat(photo.latitude()).isCloseTo(-7.55, org.assertj.core.data.Offset.offset(0.001));
        assertThat(photo.longitude()).isCloseTo(112.25, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void a_text_file_named_like_a_photo_is_refused_by_its_content() {
        byte[] fake = "<html>bukan foto</html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> processor.process(fake)).isInstanceOf(PhotoProcessor.NotAPhotoException.class);
    }

    @Test
    void a_truncated_jpeg_is_refused() {
        byte[] broken = java.util.Arrays.copyOf(TestImages.jpeg(200, 200), 40);

        assertThatThrownBy(() -> processor.process(broken)).isInstanceOf(PhotoProcessor.NotAPhotoException.class);
    }

    @Test
    void a_small_file_declaring_a_huge_picture_is_refused_from_its_header_without_decoding() {
        byte[] bomb = TestImages.pngBomb(30_000, 30_000);
        assertThat(bomb.length).as("the bomb is small on disk").isLessThan(200_000);
        long before = usedHeap();

        assertThatThrownBy(() -> processor.process(bomb))
                .isInstanceOfSatisfying(PhotoProcessor.TooManyPixelsException.class, e -> {
                    assertThat(e.width()).isEqualTo(30_000);
                    assertThat(e.height()).isEqualTo(30_000);
                });
        // Decoding even one-bit rows would take 112 MB; refusing from the header takes next to nothing.
        assertThat(usedHeap() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_picture_just_over_forty_megapixels_is_refused_and_one_under_it_is_scaled() throws Exception {
        assertThatThrownBy(() -> processor.process(TestImages.pngBomb(8_000, 5_001)))
                .isInstanceOf(PhotoProcessor.TooManyPixelsException.class);

        PhotoProcessor.Photo photo = processor.process(TestImages.pngBomb(8_000, 5_000));

        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(1000);
    }

    @Test
    void a_large_picture_is_decoded_subsampled_and_keeps_its_proportions() throws Exception {
        PhotoProcessor.Photo photo = processor.process(TestImages.jpeg(6400, 1600));

        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(400);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
