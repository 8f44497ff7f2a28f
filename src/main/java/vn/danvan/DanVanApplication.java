package vn.danvan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DanVanApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanVanApplication.class, args);
    }
}
