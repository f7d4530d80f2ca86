import Foundation
import HireKit
import Hummingbird
import MultipartKit
import NIOCore

/// A `multipart/form-data` form read as it arrives, with one file field: the small text fields
/// go into ``fields``; the file's bytes go straight to a private temporary file, never whole in
/// memory. The form's `csrf_token` must come before the file and match, or nothing is written.
struct MultipartUpload {
    /// How much of a form is accepted.
    struct Limits {
        /// The file's largest size, in bytes.
        var fileBytes: Int
        /// The largest text field.
        var fieldBytes = 4 * 1024
        /// Everything that is neither a field's nor the file's content: boundaries and headers.
        var overheadBytes = 32 * 1024
        /// The most parts a form may have.
        var parts = 16
    }

    /// Why a form could not be read.
    enum Failure: Error, Equatable {
        /// The file is larger than the limit (in bytes); nothing was kept.
        case tooLarge(limit: Int)
        /// The body is not a well-formed form of the expected shape.
        case malformed
    }

    /// The form's text fields.
    var fields: FormData
    /// The folder holding the file (`nil` when the form had no file or an empty one); the caller
    /// removes it.
    var upload: UploadFolder?
    /// The file's size in bytes.
    var fileBytes: Int

    /// The boundary of a `multipart/form-data` content type, `nil` for any other type.
    static func boundary(contentType: String?) -> String? {
        guard let contentType else { return nil }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = part.dropFirst("boundary=".count)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.count) ? String(value) : nil
        }
        return nil
    }

    /// Reads `body`. `csrfToken` is the session's token: the posted one must match it before the
    /// file's first byte is written (else `HTTPError(.forbidden)`, nothing kept). The file field is
    /// `fileField`; a second file, a nameless part or an oversized field is ``Failure/malformed``.
    static func read(
        _ body: RequestBody, boundary: String, fileField: String, csrfToken: String?, limits: Limits
    ) async throws -> MultipartUpload {
        let reader = Reader(fileField: fileField, csrfToken: csrfToken, limits: limits)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in reader.header(name, value) }
        parser.onBody = { buffer in reader.body(&buffer) }
        parser.onPartComplete = { reader.partComplete() }
        let closing = Array("--\(boundary)--".utf8)
        var tail: [UInt8] = []
        do {
            for try await buffer in body {
                reader.fed += buffer.readableBytes
                do { try parser.execute(buffer) } catch { throw Failure.malformed }
                try reader.check()
                // The last bytes, to find the closing boundary (by index: `suffix` would walk the chunk).
                let view = buffer.readableBytesView
                tail += view[view.index(view.endIndex, offsetBy: -min(view.count, closing.count + 4))...]
                tail.removeFirst(max(0, tail.count - closing.count - 4))
            }
            // A body cut short before its closing boundary is not a form (and its file may be partial).
            while let last = tail.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: "\n") { tail.removeLast() }
            guard tail.count >= closing.count, Array(tail.suffix(closing.count)) == closing, reader.parts > 0 else { throw Failure.malformed }
            try reader.checkToken()
            return try reader.result()
        } catch {
            reader.discard()
            throw error
        }
    }

    /// The parser's callbacks write here; failures are kept and thrown after each chunk.
    private final class Reader {
        let fileField: String
        let csrfToken: String?
        let limits: Limits
        var fields: [String: String] = [:]
        var fed = 0
        var content = 0
        var parts = 0
        var failure: (any Error)?
        var tokenChecked = false
        // The part being read.
        var name: String?
        var isFile = false
        var value: [UInt8] = []
        var sawFile = false
        var upload: UploadFolder?
        var handle: FileHandle?
        var fileBytes = 0

        init(fileField: String, csrfToken: String?, limits: Limits) {
            (self.fileField, self.csrfToken, self.limits) = (fileField, csrfToken, limits)
        }

        func header(_ header: String, _ value: String) {
            guard failure == nil, header.lowercased() == "content-disposition" else { return }
            let parameters = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parameters.first?.lowercased() == "form-data" else { return fail(Failure.malformed) }
            for parameter in parameters.dropFirst() where parameter.lowercased().hasPrefix("name=") {
                name = String(parameter.dropFirst("name=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            isFile = name == fileField
        }

        func body(_ buffer: inout ByteBuffer) {
            guard failure == nil else { return }
            content += buffer.readableBytes
            guard name != nil else { return fail(Failure.malformed) }
            if isFile {
                // One file per form.
                if sawFile { return fail(Failure.malformed) }
                writeFile(&buffer)
            } else {
                guard value.count + buffer.readableBytes <= limits.fieldBytes else { return fail(Failure.malformed) }
                value += buffer.readableBytesView
            }
        }

        private func writeFile(_ buffer: inout ByteBuffer) {
            do {
                if handle == nil {
                    // Nothing is written before the form's token is known good.
                    try checkToken()
                    let folder = try UploadFolder()
                    upload = folder
                    guard FileManager.default.createFile(atPath: folder.file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                        let opened = FileHandle(forWritingAtPath: folder.file.path)
                    else { throw HireError.io("cannot store the upload") }
                    handle = opened
                }
                fileBytes += buffer.readableBytes
                guard fileBytes <= limits.fileBytes else { throw Failure.tooLarge(limit: limits.fileBytes) }
                try buffer.withUnsafeReadableBytes { try handle?.write(contentsOf: $0) }
            } catch {
                fail(error)
            }
        }

        func partComplete() {
            guard failure == nil else { return }
            parts += 1
            if let name, !isFile { fields[name] = String(decoding: value, as: UTF8.self) }
            if isFile {
                if sawFile { return fail(Failure.malformed) }
                sawFile = true
                try? handle?.close()
            }
            if parts > limits.parts { fail(Failure.malformed) }
            (name, isFile, value) = (nil, false, [])
        }

        /// Throws the failure a callback met; refuses a form that is all headers and boundaries.
        func check() throws {
            if let failure { throw failure }
            if fed - content > limits.overheadBytes { throw Failure.malformed }
        }

        func checkToken() throws {
            if tokenChecked { return }
            guard let expected = csrfToken, !expected.isEmpty, let sent = fields[HireRequestContext.csrfField],
                SecretToken.matches(sent, expected)
            else { throw HTTPError(.forbidden) }
            tokenChecked = true
        }

        func fail(_ error: any Error) {
            if failure == nil { failure = error }
        }

        func result() throws -> MultipartUpload {
            try? handle?.close()
            return MultipartUpload(fields: FormData(fields: fields), upload: fileBytes > 0 ? upload : nil, fileBytes: fileBytes)
        }

        func discard() {
            try? handle?.close()
            upload?.remove()
        }
    }
}
