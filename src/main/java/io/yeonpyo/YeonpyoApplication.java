package io.yeonpyo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YeonpyoApplication {

    public static void main(String[] args) {
        SpringApplication.run(YeonpyoApplication.class, args);
    }
}
