package dev.telewire.bench;

import dev.telewire.bench.stock.truedy.ApiClient;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Serialization alone, no HTTP: encoding the documented request into a {@link RequestBody} and
 * decoding the documented 200 body from a {@link ResponseBody}, each through the converter its
 * client really uses (ours: Moshi with the generated adapters; stock: the stock ApiClient's Gson
 * converter; raw: the hand-written JsonWriter/JsonReader code).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SerializationBenchmark {
  private static final Annotation[] NONE = new Annotation[0];
  private static final okhttp3.MediaType JSON = okhttp3.MediaType.get("application/json");

  private byte[] truedy200;
  private byte[] vida200;

  private Converter<dev.telewire.truedy.model.PhoneNumberUnassignRequest, RequestBody> oursTruedyEncoder;
  private Converter<ResponseBody, dev.telewire.truedy.model.UnassignPhoneNumberResponse> oursTruedyDecoder;
  private Converter<dev.telewire.vida.model.ReturnPhoneNumberRequest, RequestBody> oursVidaEncoder;
  private Converter<ResponseBody, dev.telewire.vida.model.ReturnPhoneNumberResponse> oursVidaDecoder;
  private dev.telewire.truedy.model.PhoneNumberUnassignRequest oursTruedyRequest;
  private dev.telewire.vida.model.ReturnPhoneNumberRequest oursVidaRequest;

  private Converter<dev.telewire.bench.stock.truedy.model.PhoneNumberUnassignRequest, RequestBody> stockTruedyEncoder;
  private Converter<ResponseBody, dev.telewire.bench.stock.truedy.model.UnassignPhoneNumberResponse> stockTruedyDecoder;
  private Converter<dev.telewire.bench.stock.vida.model.ReturnPhoneNumberRequest, RequestBody> stockVidaEncoder;
  private Converter<ResponseBody, dev.telewire.bench.stock.vida.model.ReturnPhoneNumberResponse> stockVidaDecoder;
  private dev.telewire.bench.stock.truedy.model.PhoneNumberUnassignRequest stockTruedyRequest;
  private dev.telewire.bench.stock.vida.model.ReturnPhoneNumberRequest stockVidaRequest;

  /** Looks up every converter once, as Retrofit does when it first sees a method. */
  @Setup
  public void setUp() {
    truedy200 = Fixtures.TRUEDY_200.getBytes(StandardCharsets.UTF_8);
    vida200 = Fixtures.VIDA_200.getBytes(StandardCharsets.UTF_8);

    Retrofit ours =
        new Retrofit.Builder()
            .baseUrl("http://127.0.0.1/")
            .addConverterFactory(MoshiConverterFactory.create(Ours.moshi()))
            .build();
    oursTruedyEncoder = ours.requestBodyConverter(dev.telewire.truedy.model.PhoneNumberUnassignRequest.class, NONE, NONE);
    oursTruedyDecoder = ours.responseBodyConverter(dev.telewire.truedy.model.UnassignPhoneNumberResponse.class, NONE);
    oursVidaEncoder = ours.requestBodyConverter(dev.telewire.vida.model.ReturnPhoneNumberRequest.class, NONE, NONE);
    oursVidaDecoder = ours.responseBodyConverter(dev.telewire.vida.model.ReturnPhoneNumberResponse.class, NONE);
    oursTruedyRequest = Ours.truedyRequest();
    oursVidaRequest = Ours.vidaRequest();

    Retrofit stockTruedy = new ApiClient().getAdapterBuilder().build();
    Retrofit stockVida = new dev.telewire.bench.stock.vida.ApiClient().getAdapterBuilder().build();
    stockTruedyEncoder =
        stockTruedy.requestBodyConverter(dev.telewire.bench.stock.truedy.model.PhoneNumberUnassignRequest.class, NONE, NONE);
    stockTruedyDecoder =
        stockTruedy.responseBodyConverter(dev.telewire.bench.stock.truedy.model.UnassignPhoneNumberResponse.class, NONE);
    stockVidaEncoder =
        stockVida.requestBodyConverter(dev.telewire.bench.stock.vida.model.ReturnPhoneNumberRequest.class, NONE, NONE);
    stockVidaDecoder =
        stockVida.responseBodyConverter(dev.telewire.bench.stock.vida.model.ReturnPhoneNumberResponse.class, NONE);
    stockTruedyRequest = StockTruedy.documentedRequest();
    stockVidaRequest = StockVida.documentedRequest();
  }

  private static ResponseBody body(byte[] bytes) {
    return ResponseBody.create(new Buffer().write(bytes), JSON, bytes.length);
  }

  /** Truedy request to JSON, ours. */
  @Benchmark
  public RequestBody truedyEncodeOurs() throws IOException {
    return oursTruedyEncoder.convert(oursTruedyRequest);
  }

  /** Truedy request to JSON, stock. */
  @Benchmark
  public RequestBody truedyEncodeStock() throws IOException {
    return stockTruedyEncoder.convert(stockTruedyRequest);
  }

  /** Truedy request to JSON, by hand. */
  @Benchmark
  public RequestBody truedyEncodeRaw() throws IOException {
    return RawTruedy.encode(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE);
  }

  /** Truedy 200 from JSON, ours. */
  @Benchmark
  public dev.telewire.truedy.model.UnassignPhoneNumberResponse truedyDecodeOurs() throws IOException {
    return oursTruedyDecoder.convert(body(truedy200));
  }

  /** Truedy 200 from JSON, stock. */
  @Benchmark
  public dev.telewire.bench.stock.truedy.model.UnassignPhoneNumberResponse truedyDecodeStock() throws IOException {
    return stockTruedyDecoder.convert(body(truedy200));
  }

  /** Truedy 200 from JSON, by hand. */
  @Benchmark
  public RawTruedy.Unassigned truedyDecodeRaw() throws IOException {
    try (ResponseBody body = body(truedy200)) {
      return RawTruedy.decode(body.source());
    }
  }

  /** Vida request to JSON, ours. */
  @Benchmark
  public RequestBody vidaEncodeOurs() throws IOException {
    return oursVidaEncoder.convert(oursVidaRequest);
  }

  /** Vida request to JSON, stock. */
  @Benchmark
  public RequestBody vidaEncodeStock() throws IOException {
    return stockVidaEncoder.convert(stockVidaRequest);
  }

  /** Vida request to JSON, by hand. */
  @Benchmark
  public RequestBody vidaEncodeRaw() throws IOException {
    return RawVida.encode(Fixtures.E164_NUMBER);
  }

  /** Vida 200 from JSON, ours. */
  @Benchmark
  public dev.telewire.vida.model.ReturnPhoneNumberResponse vidaDecodeOurs() throws IOException {
    return oursVidaDecoder.convert(body(vida200));
  }

  /** Vida 200 from JSON, stock. */
  @Benchmark
  public dev.telewire.bench.stock.vida.model.ReturnPhoneNumberResponse vidaDecodeStock() throws IOException {
    return stockVidaDecoder.convert(body(vida200));
  }

  /** Vida 200 from JSON, by hand. */
  @Benchmark
  public RawVida.Returned vidaDecodeRaw() throws IOException {
    try (ResponseBody body = body(vida200)) {
      return RawVida.decode(body.source());
    }
  }
}
