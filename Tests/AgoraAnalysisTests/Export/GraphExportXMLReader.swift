import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a GraphML or GEXF file says, read back with Foundation's streaming `XMLParser`: nodes in
/// file order with their attributes by name, and edges as (source, target) ids.
struct ExportedGraphFile: Equatable {
    var nodeIDs: [String] = []
    var nodeAttributes: [String: [String: String]] = [:]
    var labels: [String: String] = [:]
    var edges: [(String, String)] = []
    var directed = false
    var attributeTypes: [String: String] = [:]

    static func == (lhs: ExportedGraphFile, rhs: ExportedGraphFile) -> Bool {
        lhs.nodeIDs == rhs.nodeIDs && lhs.nodeAttributes == rhs.nodeAttributes
            && lhs.edges.map { [$0.0, $0.1] } == rhs.edges.map { [$0.0, $0.1] }
    }

    /// Parses `path`; `nil` when the XML is not well-formed.
    static func read(path: String) -> ExportedGraphFile? {
        guard let parser = XMLParser(contentsOf: URL(fileURLWithPath: path)) else { return nil }
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return collector.file
    }

    /// Collects GraphML (`key`, `node`, `data`, `edge`) and GEXF (`attribute`, `node`,
    /// `attvalue`, `edge`) elements.
    private final class Collector: NSObject, XMLParserDelegate {
        var file = ExportedGraphFile()
        var keyNames: [String: String] = [:]
        var currentNode: String?
        var currentDataKey: String?
        var text = ""

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "key":
                keyNames[attributes["id"] ?? ""] = attributes["attr.name"]
                file.attributeTypes[attributes["attr.name"] ?? ""] = attributes["attr.type"]
            case "attribute":
                keyNames[attributes["id"] ?? ""] = attributes["title"]
                file.attributeTypes[attributes["title"] ?? ""] = attributes["type"]
            case "graph":
                file.directed = attributes["edgedefault"] == "directed" || attributes["defaultedgetype"] == "directed"
            case "node":
                let id = attributes["id"] ?? ""
                currentNode = id
                file.nodeIDs.append(id)
                file.nodeAttributes[id] = [:]
                if let label = attributes["label"] { file.labels[id] = label }
            case "data":
                currentDataKey = attributes["key"]
                text = ""
            case "attvalue":
                if let node = currentNode, let key = attributes["for"], let name = keyNames[key] {
                    file.nodeAttributes[node]?[name] = attributes["value"]
                }
            case "edge":
                file.edges.append((attributes["source"] ?? "", attributes["target"] ?? ""))
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if currentDataKey != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "data", let node = currentNode, let key = currentDataKey, let name = keyNames[key] {
                file.nodeAttributes[node]?[name] = text
                currentDataKey = nil
            }
            if element == "node" { currentNode = nil }
        }
    }
}
