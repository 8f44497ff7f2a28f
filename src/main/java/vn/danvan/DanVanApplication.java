package vn.danvan;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.danvan.ingest.ExtractCommand;

@SpringBootApplication
public class DanVanApplication {

    public static void main(String[] args) {
        // "extract FILE...": a command-line tool that needs neither the web server nor the database
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.in));
        }
        SpringApplication.run(DanVanApplication.class, args);
    }
}
