import Foundation
import HireTestSupport
import Testing

@Suite("hire binary: workspace files that are empty, read-only or on a full disk")
struct WorkspaceFileCommandTests {
    func workspace(in folder: String) throws -> [String] {
        let ws = ["--workspace", folder]
        #expect(try HireBinary.run(["init"] + ws).status == 0)
        #expect(try HireBinary.run(["roles", "load", "Scorecards"] + ws).status == 0)
        let add = try HireBinary.run(["candidate", "add", "--name", "Ada Example", "--email", "ada@example.com", "--role", "account-executive"] + ws)
        #expect(add.status == 0, "\(add.stderr)")
        return ws
    }

    @Test("an empty file is not a workspace: every command but init refuses it and leaves it empty, with its mode")
    func emptyFileRefused() throws {
        try withTemporaryFolder { folder in
            let path = try folder.write("e.sqlite", "")
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            for command in [["audit"], ["candidate", "list"], ["roles", "load", "Scorecards"], ["backup", folder.path("b.sqlite")]] {
                let result = try HireBinary.run(command + ["--workspace", path])
                #expect(result.status == 3, "\(command)")
                #expect(result.stderr.contains("\(path) is an empty file, not a Hire workspace"), "\(command): \(result.stderr)")
            }
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.size] as? Int == 0)
            #expect(attributes[.posixPermissions] as? Int == 0o644)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["e.sqlite"])
            #expect(try HireBinary.run(["init", "--workspace", path]).status != 0)
        }
    }

    @Test("on a read-only file system, read-only commands work, changes fail clearly, and no file is left beside the workspace")
    func readOnlyWorkspace() throws {
        try ScratchMount.with(kilobytes: 4096) { mount in  // needs root and mount(8)
            let ws = try workspace(in: mount.path("w.sqlite"))
            #expect(mount.makeReadOnly())
            let list = try HireBinary.run(["candidate", "list"] + ws)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("Ada Example"))
            #expect(try HireBinary.run(["audit"] + ws).status == 0)
            #expect(try HireBinary.run(["slate", "account-executive"] + ws).status == 0)
            let add = try HireBinary.run(["candidate", "add", "--name", "Bo Example", "--email", "bo@example.com", "--role", "account-executive"] + ws)
            #expect(add.status != 0)
            #expect(add.stderr.contains("read-only"), "\(add.stderr)")
            #expect(!add.stderr.contains("SQLite error"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: mount.url.path) == ["w.sqlite"])
        }
    }

    @Test("restore never changes its backup, works from a read-only one, and names the times that differ")
    func restoreLeavesBackupAlone() throws {
        try withTemporaryFolder { folder in
            let ws = try workspace(in: folder.path("w.sqlite"))
            let backup = folder.path("b.sqlite")
            #expect(try HireBinary.run(["backup", backup] + ws).status == 0)
            let before = try Data(contentsOf: URL(fileURLWithPath: backup))
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: backup)
            Thread.sleep(forTimeInterval: 1.1)
            #expect(try HireBinary.run(["candidate", "add", "--name", "Bo Example", "--email", "bo@example.com", "--role", "account-executive"] + ws).status == 0)
            let refused = try HireBinary.run(["restore", backup] + ws)
            #expect(refused.status == 1)
            let seconds = try #require(refused.stderr.firstMatch(of: /last change (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC, the backup's (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC/))
            #expect(seconds.1 != seconds.2)
            #expect(refused.stderr.contains("--force"))
            let restored = try HireBinary.run(["restore", backup, "--force"] + ws)
            #expect(restored.status == 0, "\(restored.stderr)")
            #expect(try HireBinary.run(["candidate", "list"] + ws).stdout.contains("Bo Example") == false)
            #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == before)
            let beside = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("b.sqlite") }
            #expect(beside == ["b.sqlite"])

            try ScratchMount.with(kilobytes: 4096) { mount in  // a backup on a read-only file system
                try FileManager.default.copyItem(atPath: backup, toPath: mount.path("b.sqlite"))
                #expect(mount.makeReadOnly())
                let fromReadOnly = try HireBinary.run(["restore", mount.path("b.sqlite"), "--force"] + ws)
                #expect(fromReadOnly.status == 0, "\(fromReadOnly.stderr)")
            }
        }
    }

    @Test("a backup to a full disk says so, names the file and leaves nothing behind")
    func backupToFullDisk() throws {
        try ScratchMount.with(kilobytes: 64) { mount in  // needs root and mount(8)
            try withTemporaryFolder { folder in
                let ws = try workspace(in: folder.path("w.sqlite"))
                let target = mount.path("b.sqlite")
                let result = try HireBinary.run(["backup", target] + ws)
                #expect(result.status == 1)
                #expect(result.stderr.contains("cannot back up to \(target): the disk is full"), "\(result.stderr)")
                #expect(!result.stderr.contains("not an error"))
                #expect(try FileManager.default.contentsOfDirectory(atPath: mount.url.path).isEmpty)
            }
        }
    }
}
