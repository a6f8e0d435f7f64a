package io.tearsheet.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession every test shares (starting Spark takes seconds): two local cores, as the issue asks, and up
 * to four attempts per task, because local mode otherwise never retries a failed task.
 */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2,4]")
                    .appName("tearsheet-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.hadoop.fs." + RawTestFileSystem.SCHEME + ".impl", RawTestFileSystem.class.getName())
                    .getOrCreate();
        }
        return session;
    }
}
