import Foundation
import PackagePlugin

/// Embeds a target's `Templates/` folder (Mustache pages and the stylesheet) in its binary: the
/// files become string literals in a generated `EmbeddedTemplates.swift`, so a copied release
/// binary carries every page and needs no resource bundle beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
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
