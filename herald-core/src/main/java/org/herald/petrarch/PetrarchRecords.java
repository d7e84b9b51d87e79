package org.herald.petrarch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.herald.dict.DictionaryException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * PETRARCH's XML input: an {@code <Environment>} (dictionary files, included categories, config) and
 * {@code <Sentence date id category>} records with {@code <EventCoding>} expectations, {@code <Text>} and a
 * Penn {@code <Parse>}. {@code <Config option value>} elements between records change the config from there on.
 */
public final class PetrarchRecords {
    /** An expected event; source/target may be quoted text for PETRARCH's "new actor" extraction. */
    public record Expected(String source, String target, String code) {}

    /** One record with the config in force at it. {@code error} is PETRARCH's expected error, if any. */
    public record Record(String id, String category, LocalDate date, String text, String parse, List<Expected> expected,
                         boolean noEvents, String error, Map<String, String> config) {}

    public record Environment(Map<String, String> files, List<String> include, Map<String, String> config) {}

    public record Suite(Environment environment, List<Record> records) {}

    private PetrarchRecords() {}

    public static Suite read(Path file) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setIgnoringComments(true);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (org.xml.sax.SAXParseException e) {
            throw new DictionaryException(file.toString(), e.getLineNumber(), "not well-formed XML: " + e.getMessage());
        } catch (Exception e) {
            throw new DictionaryException(file.toString(), 0, "cannot read XML: " + e.getMessage());
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<String> include = new ArrayList<>();
        Map<String, String> config = new HashMap<>();
        NodeList envs = doc.getElementsByTagName("Environment");
        if (envs.getLength() > 0) {
            for (Node n = envs.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                switch (e.getTagName()) {
                    case "Include" -> include.addAll(List.of(e.getTextContent().strip().split("\\s+")));
                    case "Config" -> config.put(e.getAttribute("option"), e.getAttribute("value"));
                    default -> files.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        Environment env = new Environment(files, include, Map.copyOf(config));
        List<Record> records = new ArrayList<>();
        NodeList containers = doc.getElementsByTagName("Sentences");
        Node root = containers.getLength() > 0 ? containers.item(0) : doc.getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (e.getTagName().equals("Config")) {
                config.put(e.getAttribute("option"), e.getAttribute("value"));
            } else if (e.getTagName().equals("Sentence")) {
                records.add(record(e, Map.copyOf(config)));
            }
        }
        return new Suite(env, records);
    }

    private static Record record(Element s, Map<String, String> config) {
        List<Expected> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = "";
        NodeList codings = s.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            Element c = (Element) codings.item(i);
            if (c.hasAttribute("noevents")) noEvents = true;
            if (c.hasAttribute("error")) error = c.getAttribute("error");
            if (c.hasAttribute("eventcode")) {
                expected.add(new Expected(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
            }
        }
        String d = s.getAttribute("date");
        LocalDate date = d.matches("\\d{8}") ? LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(d);
        return new Record(s.getAttribute("id"), s.getAttribute("category"), date, text(s, "Text"), text(s, "Parse"), expected,
                noEvents, error, config);
    }

    private static String text(Element s, String tag) {
        NodeList l = s.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().replaceAll("\\s+", " ").strip();
    }
}
