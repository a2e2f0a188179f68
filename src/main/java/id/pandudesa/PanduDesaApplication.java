package id.pandudesa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PanduDesaApplication {

    public static void main(String[] args) {
        SpringApplication.run(PanduDesaApplication.class, args);
    }
}
