import Jitter
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The examples' executables: built with the tests, beside the test bundle.
enum ExampleBinaries {
    static func path(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return name }
        let exe = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var parts = exe.split(separator: "/", omittingEmptySubsequences: false)
        // The bundle is <bin>/JitterPackageTests.xctest, or a runner inside it.
        while let last = parts.last, !last.hasSuffix(".xctest") && parts.count > 1 { parts.removeLast() }
        parts.removeLast()
        return parts.joined(separator: "/") + "/" + name
    }
}

@Suite struct MinimalExampleTests {
    @Test(.enabled(if: LLVMOracle.isAvailable))
    func itPrintsItsBytesAndTheirResult() throws {
        let result = ProcessRunner.run(ExampleBinaries.path("minimal"), [])
        #expect(result.exitCode == 0, "\(result.error)")
        let expected = try LLVMOracle.text("mov eax, 50\nret")
        #expect(result.output == "\(hex(expected)) -> 50\n")
    }
}

/// examples/package-user stays what it claims: a handful of lines importing only the product.
/// (Scripts/check-examples builds and runs it as a package of its own.)
@Suite struct PackageUserExampleTests {
    @Test func itIsShortAndImportsOnlyTheProduct() throws {
        let folder = JitterBinary.packageRoot + "/examples/package-user/"
        let main = String(decoding: try #require(TemporaryFolder.read(folder + "Sources/package-user/main.swift")), as: UTF8.self)
        let lines = main.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(lines.count < 15)
        #expect(lines.filter { $0.hasPrefix("import ") } == ["import Jitter"])
        let manifest = String(decoding: try #require(TemporaryFolder.read(folder + "Package.swift")), as: UTF8.self)
        #expect(manifest.contains(#".product(name: "Jitter", package: "Jitter")"#))
    }
}
