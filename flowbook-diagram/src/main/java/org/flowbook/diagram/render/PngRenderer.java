package org.flowbook.diagram.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.flowbook.diagram.text.Fonts;

/** Rasterizes Flowbook's SVG to PNG with Java2D (Batik for other SVG), using the shipped font. */
public final class PngRenderer {
  private static final Pattern ROOT_WIDTH =
      Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"", Pattern.DOTALL);

  /** The largest image side in pixels; a bigger request is scaled down to this. */
  public static final int MAX_SIDE = 16_000;

  private PngRenderer() {}

  /** Batik's rasterizer, keeping the image instead of encoding it. */
  private static final class Capture extends ImageTranscoder {
    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      this.image = img;
    }
  }

  /**
   * The PNG bytes of the SVG at {@code scale} (1 = one pixel per SVG unit, 2 for sharp print).
   * Flowbook's own SVG is drawn with Java2D ({@link Java2dRaster}); an SVG using anything beyond
   * what {@link SvgWriter} writes goes through Batik.
   *
   * @throws IllegalArgumentException if the scale is not within 0.1..8 or the SVG cannot be drawn
   */
  public static byte[] png(String svg, double scale) {
    if (!(scale >= 0.1 && scale <= 8)) {
      throw new IllegalArgumentException("scale must be within 0.1..8, was " + scale);
    }
    BufferedImage image;
    try {
      image = java2d(svg, scale);
    } catch (Java2dRaster.Unsupported e) {
      image = batik(svg, scale);
    }
    return encode(image);
  }

  /**
   * Java's own PNG writer at a fast deflate level: a flat-coloured chart compresses nearly as well
   * as at the default (best) level in a fraction of the time.
   */
  static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      // Quality 0.75 is deflate level 2 in the JDK's writer.
      param.setCompressionQuality(0.75f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The drawing with Java2D, the image no side larger than {@link #MAX_SIDE}. */
  static BufferedImage java2d(String svg, double scale) {
    Java2dRaster.Size size = Java2dRaster.size(svg);
    double limited = Math.min(scale, Math.min(MAX_SIDE / size.width(), MAX_SIDE / size.height()));
    return Java2dRaster.draw(svg, limited);
  }

  /** The drawing with Batik (the reference the Java2D drawing is compared with). */
  static BufferedImage batik(String svg, double scale) {
    Fonts.registerForRendering();
    Capture t = new Capture();
    Matcher m = ROOT_WIDTH.matcher(svg);
    if (m.find()) {
      double width = Math.min(MAX_SIDE, Double.parseDouble(m.group(1)) * scale);
      t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
    }
    t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    t.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    try {
      t.transcode(
          new TranscoderInput(new StringReader(svg)),
          new TranscoderOutput(new ByteArrayOutputStream()));
    } catch (TranscoderException e) {
      throw new IllegalArgumentException("the SVG could not be drawn as PNG: " + e.getMessage(), e);
    }
    return t.image;
  }
}
