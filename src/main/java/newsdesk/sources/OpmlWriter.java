package newsdesk.sources;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes subscriptions as OPML 2.0, grouped into one outline per folder (folders in name order,
 * top-level subscriptions first). Output is deterministic for the same input and time.
 */
public final class OpmlWriter {
  public String write(List<OpmlOutline> outlines, String title, Instant created) {
    Map<String, List<OpmlOutline>> byFolder = new TreeMap<>();
    List<OpmlOutline> top = new ArrayList<>();
    for (OpmlOutline o : outlines) {
      if (o.folder() == null) top.add(o);
      else byFolder.computeIfAbsent(o.folder(), f -> new ArrayList<>()).add(o);
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("head");
      xml.writeCharacters("\n    ");
      element(xml, "title", title);
      xml.writeCharacters("\n    ");
      element(xml, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
      for (OpmlOutline o : top) feed(xml, o, "\n    ");
      Map<String, List<OpmlOutline>> folders = new LinkedHashMap<>(byFolder);
      for (Map.Entry<String, List<OpmlOutline>> f : folders.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("outline");
        xml.writeAttribute("text", f.getKey());
        xml.writeAttribute("title", f.getKey());
        for (OpmlOutline o : f.getValue()) feed(xml, o, "\n      ");
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void feed(XMLStreamWriter xml, OpmlOutline o, String indent) throws XMLStreamException {
    xml.writeCharacters(indent);
    xml.writeEmptyElement("outline");
    String text = o.title() == null ? o.xmlUrl() : o.title();
    xml.writeAttribute("type", o.type());
    xml.writeAttribute("text", text);
    xml.writeAttribute("title", text);
    xml.writeAttribute("xmlUrl", o.xmlUrl());
    if (o.htmlUrl() != null) xml.writeAttribute("htmlUrl", o.htmlUrl());
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
