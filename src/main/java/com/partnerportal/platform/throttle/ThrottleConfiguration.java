package com.partnerportal.platform.throttle;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The throttle's buckets in PostgreSQL (table {@code throttle_bucket}), and the removal
 * of buckets that have refilled.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottleProperties.class)
class ThrottleConfiguration {

	static final String TABLE = "throttle_bucket";

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> throttleBuckets(DataSource dataSource, Clock clock) {
		return throttleBuckets(dataSource, new RequestThrottle.ClockTimeMeter(clock));
	}

	static PostgreSQLSelectForUpdateBasedProxyManager<String> throttleBuckets(DataSource dataSource,
			TimeMeter timeMeter) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(timeMeter)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Bean("requestThrottle")
	RequestThrottle requestThrottle(PostgreSQLSelectForUpdateBasedProxyManager<String> throttleBuckets,
			ThrottleProperties properties) {
		return new RequestThrottle(throttleBuckets, properties);
	}

	@Bean
	@ConfigurationPropertiesBinding
	static Converter<String, ThrottleRate> throttleRateConverter() {
		return new Converter<>() {

			@Override
			public ThrottleRate convert(String source) {
				return ThrottleRate.parse(source);
			}

		};
	}

	@Bean
	ExpiredThrottleBuckets expiredThrottleBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> throttleBuckets) {
		return new ExpiredThrottleBuckets(throttleBuckets);
	}

	/**
	 * Deletes the rows of buckets that have refilled completely: they hold nothing a new
	 * bucket would not.
	 */
	static final class ExpiredThrottleBuckets {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredThrottleBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "${portal.throttle.cleanup-interval:PT10M}", initialDelayString = "PT1M")
		void removeExpired() {
			while (this.buckets.removeExpired(500) == 500) {
				// more to remove
			}
		}

	}

}
