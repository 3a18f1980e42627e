package id.kinerja;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KinerjaBotApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(KinerjaBotApplication.class, args);
    }
}
