import Diagnostics
import ObjectFile

/// One entry of the `.debug_line` file table: `.file N ["dir"] "name" [md5 0x…]`.
struct LineFile {
    var name: String
    /// Index into ``LineTableRecorder/directories``.
    var directory: Int
    /// The MD5 sum as GNU as stores it: the number's bytes, least significant first; all
    /// zeros when none was given.
    var md5: [UInt8]
}

/// DWARF line-table flags a `.loc` can set.
package enum LineFlag {
    package static let isStatement: UInt8 = 1
    package static let basicBlock: UInt8 = 2
    package static let prologueEnd: UInt8 = 4
    package static let epilogueBegin: UInt8 = 8
}

/// What `.loc` says about the code that follows.
package struct LineLocation: Sendable {
    package var file: Int64 = 1
    package var line: UInt32 = 1
    package var column: UInt32 = 0
    package var isa: UInt32 = 0
    package var flags: UInt8 = LineFlag.isStatement
    package var discriminator: UInt32 = 0
    /// `view -0`: the row begins a new view sequence, so GNU as may restate its address.
    package var resetsView = false
    /// `view 0` or `view -0`: the row's view is 0, whatever the row before it.
    package var zeroView = false

    package init() {}
}

/// One `.loc` directive as written: what it sets, and whether it names a view (which makes
/// its row at once, where the directive is, rather than at the next instruction).
package struct LocationDirective: Sendable {
    package var file: Int64
    package var line: Int64
    package var column: Int64?
    package var isStatement: Bool?
    package var isa: Int64?
    package var discriminator: Int64 = 0
    /// ``LineFlag/basicBlock``, ``LineFlag/prologueEnd``, ``LineFlag/epilogueBegin``.
    package var flags: UInt8 = 0
    package var hasView = false
    package var resetsView = false
    /// `view 0` or `view -0` rather than a symbol.
    package var zeroView = false

    package init(file: Int64, line: Int64) {
        self.file = file
        self.line = line
    }
}

/// One row of a line program: a location at a place in a code section.
struct LineRow {
    var place: Place
    var location: LineLocation
}

/// The `.file N` and `.loc` directives of one assembly, kept as GNU as keeps them, and turned
/// into `.debug_line` once layout is done.
struct LineTableRecorder {
    var files: [LineFile?] = []
    var directories: [String?] = []
    /// GNU as's DWARF level: 3 unless `.file 0` or `.loc 0` asks for 5.
    var version = 3
    /// The state the last `.loc` left; its one-shot flags are cleared when a row takes them.
    var current = LineLocation()
    /// A `.loc` waits for the next instruction.
    var pending = false
    var sawLocation = false
    /// `.loc_mark_labels 1`: each label in code makes a basic-block row.
    var marksLabels = false
    /// Rows per section, and the sections in the order of their first row.
    var rows: [Int32: [LineRow]] = [:]
    var sectionOrder: [Int32] = []
}

extension ProgramBuilder {
    /// The DWARF version the line table has so far (3, or 5 once `.file 0` or `.loc 0` came).
    package var lineTableVersion: Int { object.lines.version }

    /// `.file 0` and `.loc 0` use DWARF 5's file 0, which raises the version to 5.
    package mutating func requireLineTableVersion5() {
        if object.lines.version < 5 { object.lines.version = 5 }
    }

    /// `.file N ["dir"] "name" [md5 0x…]`: gives file slot `number` its name, as GNU as does
    /// (a directory part of the name goes into the directory table; giving a slot the same file
    /// again is allowed, another file is an error).
    package mutating func addLineFile(number: Int64, directory: String?, name: String, md5: [UInt8]?, range: SourceRange) {
        guard options.relocatable else { return }
        if number == 0 { requireLineTableVersion5() }
        guard number >= 0, number < 1 << 20 else {
            report(number < 0 ? "file number less than one" : "file number \(number) is too big", at: range)
            return
        }
        let slot = Int(number)
        var lines = object.lines
        defer { object.lines = lines }
        if slot < lines.files.count, let existing = lines.files[slot] {
            if lines.reuse(slot: slot, existing: existing, directory: directory, name: name, md5: md5) { return }
            let stored = existing.directory < lines.directories.count ? lines.directories[existing.directory] : nil
            let old = stored.map { $0 + "/" } ?? ""
            let new = directory.map { $0 + "/" } ?? ""
            report("file table slot \(slot) is already occupied by a different file (\(old)\(existing.name) vs \(new)\(name))", at: range)
            return
        }
        let file: String
        let folder: String
        var fileZeroDirectory: String?
        if slot == 0 {
            fileZeroDirectory = directory
            let base = LineTableRecorder.basename(name)
            if let directory, base.count == name.utf8.count {
                folder = directory
            } else {
                folder = String(decoding: name.utf8.dropLast(base.count), as: UTF8.self)
            }
            file = base
        } else if let directory {
            folder = directory
            file = name
        } else {
            file = LineTableRecorder.basename(name)
            folder = String(decoding: name.utf8.dropLast(file.utf8.count), as: UTF8.self)
        }
        let index = lines.directoryIndex(folder, fileZeroDirectory: fileZeroDirectory, mayUseZero: slot == 0)
        while lines.files.count <= slot { lines.files.append(nil) }
        lines.files[slot] = LineFile(name: file, directory: index, md5: md5 ?? [UInt8](repeating: 0, count: 16))
    }

    /// `.loc`: a pending `.loc` is placed here first; then this one waits for the next
    /// instruction, or with a view makes its row here at once.
    package mutating func addLocation(_ directive: LocationDirective, range: SourceRange) {
        guard options.relocatable else { return }
        if object.lines.pending { addLineRow() }
        if directive.file == 0 { requireLineTableVersion5() }
        guard directive.file >= 0 else {
            report("file number less than one", at: range)
            return
        }
        guard directive.file < object.lines.files.count, object.lines.files[Int(directive.file)] != nil else {
            report("unassigned file number \(directive.file)", at: range)
            return
        }
        var location = object.lines.current
        location.file = directive.file
        location.line = UInt32(truncatingIfNeeded: directive.line)
        if let column = directive.column { location.column = UInt32(truncatingIfNeeded: column) }
        if let isStatement = directive.isStatement {
            location.flags = isStatement ? location.flags | LineFlag.isStatement : location.flags & ~LineFlag.isStatement
        }
        if let isa = directive.isa { location.isa = UInt32(truncatingIfNeeded: isa) }
        location.discriminator = UInt32(truncatingIfNeeded: directive.discriminator)
        location.flags |= directive.flags
        location.resetsView = directive.resetsView
        location.zeroView = directive.zeroView
        object.lines.current = location
        object.lines.pending = true
        object.lines.sawLocation = true
        object.lastRowView = nil
        if directive.hasView { addLineRow() }
    }

    /// `.loc_mark_labels 0|1`.
    package mutating func setMarksLabels(_ on: Bool) {
        object.lines.marksLabels = on
    }

    /// The pending `.loc` becomes a row at the current place (unless this is no code section,
    /// where GNU as drops it), and its one-shot flags are cleared.
    mutating func addLineRow() {
        let location = object.lines.current
        consumeLocation()
        guard location.line != 0 else { return }
        if location.file == 0 { requireLineTableVersion5() }
        appendLineRow(location)
    }

    /// With `.loc_mark_labels 1`: a label in code makes a basic-block row of the current location.
    mutating func markLabelInLineTable() {
        guard sections[currentSection].kind == .code, !object.lines.files.isEmpty else { return }
        var location = object.lines.current
        location.flags |= LineFlag.basicBlock
        consumeLocation()
        appendLineRow(location)
    }

    private mutating func consumeLocation() {
        object.lines.pending = false
        object.lines.current.flags &= ~(LineFlag.basicBlock | LineFlag.prologueEnd | LineFlag.epilogueBegin)
        object.lines.current.discriminator = 0
        object.lines.current.resetsView = false
        object.lines.current.zeroView = false
    }

    private mutating func appendLineRow(_ location: LineLocation) {
        let attributes = object.sectionAttributes[currentSection] ?? .defaults(for: sections[currentSection].name)
        let code = ELF.SectionFlag.alloc | ELF.SectionFlag.execute
        guard attributes.flags & code == code else { return }
        let section = Int32(currentSection)
        if object.lines.rows[section] == nil { object.lines.sectionOrder.append(section) }
        let place = currentPlace
        object.lines.rows[section, default: []].append(LineRow(place: place, location: location))
        object.lastRowView = lineRowView(at: place, isZero: location.zeroView)
    }
}

extension LineTableRecorder {
    /// GNU's `lbasename`, except that `/name` stays whole (an empty name is never made).
    static func basename(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
        if slash == 0 { return path }
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }

    /// The directory table's index for `folder` (a trailing `/` dropped), added when new. Only
    /// file 0 may take slot 0; in DWARF 5 slot 0 is the compilation directory, so a file 0 in
    /// another directory puts that directory first.
    mutating func directoryIndex(_ folder: String, fileZeroDirectory: String?, mayUseZero: Bool) -> Int {
        var name = folder
        if name.hasSuffix("/") { name.removeLast() }
        guard !name.isEmpty else { return 0 }
        if let found = directories.firstIndex(where: { $0 == name }) { return found }
        var index = directories.count
        if mayUseZero {
            if directories.first.map({ $0 == nil }) ?? true {
                let working = fileZeroDirectory ?? LineTableRecorder.workingDirectory()
                if version >= 5, name != working {
                    _ = directoryIndex(working, fileZeroDirectory: fileZeroDirectory, mayUseZero: true)
                    index = 1
                } else {
                    index = 0
                }
            }
        } else if index == 0 {
            index = 1
        }
        while directories.count <= index { directories.append(nil) }
        directories[index] = name
        return index
    }

    /// GNU as's check that `.file N` names the file slot N holds already; fills in a directory
    /// the slot lacked.
    mutating func reuse(slot: Int, existing: LineFile, directory: String?, name: String, md5: [UInt8]?) -> Bool {
        let stored = existing.directory < directories.count ? directories[existing.directory] : nil
        if let md5, md5 != existing.md5 { return false }
        if let directory {
            if let stored, stored != directory { return false }
            guard name == existing.name else { return false }
            if stored == nil { setDirectory(existing.directory, directory) }
            return true
        }
        if let stored {
            return name == stored + "/" + existing.name
        }
        let base = LineTableRecorder.basename(name)
        guard base == existing.name else { return false }
        if base.utf8.count < name.utf8.count {
            setDirectory(existing.directory, String(decoding: name.utf8.dropLast(base.utf8.count), as: UTF8.self))
        }
        return true
    }

    private mutating func setDirectory(_ index: Int, _ name: String) {
        while directories.count <= index { directories.append(nil) }
        directories[index] = name
    }
}
