import CTrampoline
import Glibc

extension Executor {
    /// Why the parent stopped waiting for the child.
    enum WaitResult {
        case ended
        case timedOut
        case interrupted
    }

    func execute(_ image: ExecutableImage, mode: RunMode) throws(ExecutionError) -> ExecutionOutcome {
        let codeSize = image.code.count + SandboxLayout.exitStubSize
        guard codeSize <= SandboxLayout.codeCapacity else {
            throw .codeTooLarge(size: codeSize, capacity: SandboxLayout.codeCapacity)
        }
        guard image.data.count <= SandboxLayout.dataCapacity else {
            throw .dataTooLarge(size: image.data.count, capacity: SandboxLayout.dataCapacity)
        }
        guard image.entryOffset >= 0, image.entryOffset <= image.code.count else {
            throw .entryOutOfRange(offset: image.entryOffset, codeSize: image.code.count)
        }

        let code = withExitStub(image.code)
        let stubAddress = SandboxLayout.codeAddress + UInt64(image.code.count)
        lastCode = code
        loadData(image.data)

        var input = state
        input.rflags = (state.rflags & RegisterState.enterableFlagsMask) | RegisterState.baseFlags
        input.rip = SandboxLayout.codeAddress + UInt64(image.entryOffset)
        switch mode {
        case .function:
            // The return address of the call that enters the code: the exit stub.
            input.rsp = SandboxLayout.stackTop - 8
            memory.stack.storeBytes(of: stubAddress.littleEndian, toByteOffset: SandboxLayout.stackSize - 8, as: UInt64.self)
        case .step:
            input.rsp = state.rsp
        }
        prepareControl(with: input)

        var request = jitter_run_request()
        request.code_size = UInt64(code.count)
        request.code_address = SandboxLayout.codeAddress
        request.stub_address = stubAddress
        request.memory_fd = memory.fileDescriptor
        request.standard_streams = (standardInput, standardOutput, standardError)
        request.stop_signal = Executor.stopSignal
        request.parent_pid = getpid()
        request.record_maps = recordsMemoryMaps ? 1 : 0
        var regions: [jitter_region] = [
            jitter_region(address: SandboxLayout.scratchAddress, size: UInt64(SandboxLayout.scratchSize),
                          file_offset: UInt64(SandboxLayout.scratchFileOffset)),
            jitter_region(address: SandboxLayout.stackBase, size: UInt64(SandboxLayout.stackSize),
                          file_offset: UInt64(SandboxLayout.stackFileOffset)),
        ]
        if dataMappedSize > 0 {
            regions.append(jitter_region(address: SandboxLayout.dataAddress, size: UInt64(dataMappedSize),
                                         file_offset: UInt64(SandboxLayout.dataFileOffset)))
        }
        request.region_count = UInt32(regions.count)
        withUnsafeMutableBytes(of: &request.regions) { slots in
            regions.withUnsafeBytes { slots.copyMemory(from: $0) }
        }

        try systemCall("prctl (PR_SET_CHILD_SUBREAPER)") { jitter_subreaper_acquire() }
        defer { jitter_subreaper_release() }
        interrupts.drain()
        let forwarding = interruptsOnSIGINT && jitter_sigint_forward_begin(interrupts.writeEnd) == 0
        defer { if forwarding { jitter_sigint_forward_end() } }

        var pidfd: Int32 = -1
        let pid: pid_t = try code.withUnsafeBufferPointer { bytes throws(ExecutionError) -> pid_t in
            request.code = bytes.baseAddress
            return try systemCall("clone3") { jitter_spawn(&request, memory.control, &pidfd) }
        }
        defer { close(pidfd) }
        lastProcessGroup = pid

        var waited = try wait(for: pidfd)
        if waited != .ended {
            // Ask for the registers first; kill only code that will not listen.
            kill(pid, Executor.stopSignal)
            if try !poll(pidfd, until: ContinuousClock.now + Executor.stopGrace) {
                kill(-pid, SIGKILL)
            }
        } else if !forwarding, interrupts.drain() {
            waited = .interrupted
        }
        let status = try reap(pid)
        let outcome = try decode(status: status, waited: waited)
        switch outcome {
        case .returned(let registers):
            state = registers
        case .faulted(let fault):
            if let registers = fault.state { state = registers }
        default:
            break
        }
        if recordsMemoryMaps { memoryMaps = recordedMaps() }
        return outcome
    }

    private func withExitStub(_ code: [UInt8]) -> [UInt8] {
        var bytes = code
        bytes.reserveCapacity(code.count + SandboxLayout.exitStubSize)
        // jmp qword ptr [rip+0]; the 8-byte target follows the instruction. No register and no
        // flag is touched, and the stack is not used.
        bytes += [0xFF, 0x25, 0x00, 0x00, 0x00, 0x00]
        withUnsafeBytes(of: exitAddress.littleEndian) { bytes += $0 }
        return bytes
    }

    /// Puts the image's data into the data region and clears what the previous run left beyond it.
    private func loadData(_ data: [UInt8]) {
        let region = memory.data
        data.withUnsafeBytes { region.copyMemory(from: $0) }
        let mapped = SandboxMemory.roundedToPages(data.count)
        let end = max(mapped, dataMappedSize)
        if end > data.count {
            UnsafeMutableRawBufferPointer(rebasing: region[data.count..<end])
                .initializeMemory(as: UInt8.self, repeating: 0)
        }
        dataMappedSize = mapped
    }

    private func prepareControl(with input: RegisterState) {
        let control = memory.control
        control.pointee.status = JITTER_STATUS_NONE.rawValue
        control.pointee.signal = 0
        control.pointee.signal_code = 0
        control.pointee.failed_errno = 0
        control.pointee.fault_address = 0
        control.pointee.maps_filling_size = 0
        control.pointee.maps_entering_size = 0
        withUnsafeMutableBytes(of: &control.pointee.registers_in) { slots in
            for index in 0..<RegisterState.count {
                slots.storeBytes(of: input[index], toByteOffset: index * 8, as: UInt64.self)
            }
        }
    }

    /// Waits for the child to end, the time limit or an interrupt, whichever comes first.
    private func wait(for pidfd: Int32) throws(ExecutionError) -> WaitResult {
        let deadline: ContinuousClock.Instant? = timeout > .zero ? ContinuousClock.now + timeout : nil
        var descriptors = [
            pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: interrupts.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            var milliseconds: Int32 = -1
            if let deadline {
                let now = ContinuousClock.now
                if now >= deadline { return .timedOut }
                milliseconds = Executor.milliseconds(deadline - now)
            }
            let ready = Glibc.poll(&descriptors, 2, milliseconds)
            if ready < 0 {
                let error = errno
                if error == EINTR { continue }
                throw .systemCall("poll", errno: error)
            }
            if descriptors[0].revents != 0 { return .ended }
            if descriptors[1].revents != 0 {
                interrupts.drain()
                return .interrupted
            }
        }
    }

    /// Waits until `pidfd` is readable (the child ended) or `deadline`; true when it ended.
    private func poll(_ pidfd: Int32, until deadline: ContinuousClock.Instant) throws(ExecutionError) -> Bool {
        var descriptor = pollfd(fd: pidfd, events: Int16(POLLIN), revents: 0)
        while true {
            let now = ContinuousClock.now
            if now >= deadline { return false }
            let ready = Glibc.poll(&descriptor, 1, Executor.milliseconds(deadline - now))
            if ready > 0 { return true }
            if ready < 0 {
                let error = errno
                if error != EINTR { throw .systemCall("poll", errno: error) }
            }
        }
    }

    /// Rounds up, so a poll never wakes before the deadline it was computed from.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(total, 0))
    }

    /// Kills whatever is left of the child's process group and reaps all of it: the child,
    /// then every process the code forked (orphans come here, this process being a subreaper).
    /// Returns the child's wait status.
    private func reap(_ pid: pid_t) throws(ExecutionError) -> Int32 {
        // The child is a zombie until reaped, so its pid still names this group.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        try restartingSystemCall("waitpid") { waitpid(pid, &status, 0) }
        while true {
            if waitpid(-pid, nil, 0) == -1, errno != EINTR { break }
        }
        return status
    }

    private func decode(status: Int32, waited: WaitResult) throws(ExecutionError) -> ExecutionOutcome {
        let control = memory.control
        let registers = withUnsafeBytes(of: &control.pointee.registers_out) { slots in
            var registers = RegisterState.zero
            for index in 0..<RegisterState.count {
                registers[index] = slots.load(fromByteOffset: index * 8, as: UInt64.self)
            }
            return registers
        }
        switch jitter_status(rawValue: control.pointee.status) {
        case JITTER_STATUS_RETURNED:
            return .returned(registers)
        case JITTER_STATUS_SIGNALED:
            let code = control.pointee.signal_code
            // Only kernel-generated codes for faults carry an address (SI_KERNEL = 0x80 does not).
            let hasAddress = code > 0 && code < 0x80
            return .faulted(Fault(signal: control.pointee.signal, code: code,
                                  address: hasAddress ? control.pointee.fault_address : nil, state: registers))
        case JITTER_STATUS_STOPPED:
            return waited == .interrupted ? .interrupted(registers) : .timedOut(registers)
        case JITTER_STATUS_SETUP_FAILED:
            let call = withUnsafeBytes(of: &control.pointee.failed_call) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw .systemCall(call, errno: control.pointee.failed_errno)
        default:
            break
        }
        let terminatingSignal = status & 0x7F
        if terminatingSignal == 0 {
            return .exited(status: (status >> 8) & 0xFF)
        }
        switch waited {
        case .timedOut: return .timedOut(nil)
        case .interrupted: return .interrupted(nil)
        case .ended:
            return .faulted(Fault(signal: terminatingSignal, code: 0, address: nil, state: nil))
        }
    }

    private func recordedMaps() -> MemoryMaps {
        let control = memory.control
        let filling = UnsafeRawBufferPointer(
            start: jitter_maps_filling(control), count: Int(control.pointee.maps_filling_size))
        let entering = UnsafeRawBufferPointer(
            start: jitter_maps_entering(control), count: Int(control.pointee.maps_entering_size))
        return MemoryMaps(whileFilling: String(decoding: filling, as: UTF8.self),
                          whenEntering: String(decoding: entering, as: UTF8.self))
    }
}
