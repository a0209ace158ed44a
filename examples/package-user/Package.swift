// swift-tools-version: 6.0
// A package of its own that uses Jitter as any user would: through its one library product.
import PackageDescription

let package = Package(
    name: "package-user",
    dependencies: [.package(name: "Jitter", path: "../..")],
    targets: [.executableTarget(name: "package-user", dependencies: [.product(name: "Jitter", package: "Jitter")])]
)
