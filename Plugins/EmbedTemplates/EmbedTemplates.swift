import Foundation
import PackagePlugin

/// Embeds a target's `Templates/` folder (Mustache pages and the stylesheet) and the JSON files
/// of its `API/` folder (the OpenAPI document) in its binary: the files become string literals in
/// a generated `EmbeddedTemplates.swift`, so a copied release binary carries every page and
/// needs no resource bundle beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        func files(_ name: String, _ keep: (String) -> Bool) throws -> [URL] {
            let folder = target.directoryURL.appending(path: name)
            guard FileManager.default.fileExists(atPath: folder.path()) else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: folder.path())
                .filter { !$0.hasPrefix(".") && keep($0) }
                .sorted()
                .map { folder.appending(path: $0) }
        }
        let inputs = try files("Templates") { _ in true } + files("API") { $0.hasSuffix(".json") }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates of \(target.name)",
                executable: try context.tool(named: "EmbedTemplatesTool").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
