import CTrampoline
import Glibc

extension Executor {
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
        code.withUnsafeBytes { memory.codeStaging.copyMemory(from: $0) }
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
        prepareControl(with: input, codeSize: code.count, stubAddress: stubAddress)

        // Interrupts count from here on: earlier ones are stale. The supervisor is started (if
        // need be) only now, so once it exists a Ctrl-C is sure to reach the run.
        interrupts.drain()
        let forwarding = interruptsOnSIGINT && jitter_sigint_forward_begin(interrupts.writeEnd) == 0
        defer { if forwarding { jitter_sigint_forward_end() } }
        let streams = (standardInput, standardOutput, standardError)
        do {
            try runOnSupervisor(streams: streams)
        } catch where Supervisor.isGone(error) && memory.control.pointee.worker_pid == 0 {
            // It died before taking the request (killed from outside since the last run), so
            // nothing ran: start another, once.
            try runOnSupervisor(streams: streams)
        }
        lastProcessGroup = memory.control.pointee.worker_pid

        let outcome = try decode()
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

    /// Sends the request and waits for the answer; forgets a supervisor that failed.
    private func runOnSupervisor(streams: (Int32, Int32, Int32)) throws(ExecutionError) {
        let supervisor = try currentSupervisor()
        do {
            try supervisor.request(streams: streams)
            try supervisor.awaitAnswer()
        } catch {
            if Supervisor.isGone(error) { self.supervisor = nil }
            throw error
        }
    }

    /// The supervisor, started anew if the last one was lost.
    private func currentSupervisor() throws(ExecutionError) -> Supervisor {
        if let supervisor { return supervisor }
        let started = try Supervisor(memory: memory, interrupts: interrupts)
        supervisor = started
        return started
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

    private func prepareControl(with input: RegisterState, codeSize: Int, stubAddress: UInt64) {
        let control = memory.control
        withUnsafeMutableBytes(of: &control.pointee.registers_in) { slots in
            for index in 0..<RegisterState.count {
                slots.storeBytes(of: input[index], toByteOffset: index * 8, as: UInt64.self)
            }
        }
        let staging = memory.codeStaging.baseAddress.map { UInt64(UInt(bitPattern: $0)) } ?? 0
        control.pointee.code_source = staging
        control.pointee.code_size = UInt64(codeSize)
        control.pointee.code_address = SandboxLayout.codeAddress
        control.pointee.stub_address = stubAddress
        control.pointee.record_maps = recordsMemoryMaps ? 1 : 0
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
        control.pointee.region_count = UInt32(regions.count)
        withUnsafeMutableBytes(of: &control.pointee.regions) { slots in
            regions.withUnsafeBytes { slots.copyMemory(from: $0) }
        }
        control.pointee.timeout_nanoseconds = Executor.nanoseconds(timeout)
        control.pointee.stop_grace_nanoseconds = Executor.nanoseconds(Executor.stopGrace)
        control.pointee.stop_signal = Executor.stopSignal
        let layout = XStateLayout.current
        control.pointee.xstate_mask = layout.mask
        control.pointee.xstate_size = UInt32(layout.size)
        control.pointee.xstate_out_size = 0
        input.extended.writeXSAVE(
            into: UnsafeMutableRawBufferPointer(start: jitter_xstate_in(control), count: layout.size), layout: layout)

        control.pointee.status = JITTER_STATUS_NONE.rawValue
        control.pointee.ending = JITTER_ENDING_ENDED.rawValue
        control.pointee.signal = 0
        control.pointee.signal_code = 0
        control.pointee.failed_errno = 0
        control.pointee.worker_pid = 0
        control.pointee.wait_status = 0
        control.pointee.fault_address = 0
        control.pointee.maps_filling_size = 0
        control.pointee.maps_entering_size = 0
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? -1 : Int64.max }
        return whole.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue
    }

    private func failedCall() -> String {
        withUnsafeBytes(of: &memory.control.pointee.failed_call) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    private func decode() throws(ExecutionError) -> ExecutionOutcome {
        let control = memory.control
        let ending = jitter_ending(rawValue: control.pointee.ending)
        if ending == JITTER_ENDING_SPAWN_FAILED {
            throw .systemCall(failedCall(), errno: control.pointee.failed_errno)
        }
        var registers = withUnsafeBytes(of: &control.pointee.registers_out) { slots in
            var registers = RegisterState.zero
            for index in 0..<RegisterState.count {
                registers[index] = slots.load(fromByteOffset: index * 8, as: UInt64.self)
            }
            return registers
        }
        // The code could have scribbled on the control block: trust no size beyond the area.
        let saved = min(Int(control.pointee.xstate_out_size), XStateLayout.current.size)
        let area = UnsafeRawBufferPointer(start: jitter_xstate_out(control), count: saved)
        registers.extended = ExtendedState(xsave: area, layout: XStateLayout.current) ?? state.extended
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
            return ending == JITTER_ENDING_INTERRUPTED ? .interrupted(registers) : .timedOut(registers)
        case JITTER_STATUS_SETUP_FAILED:
            throw .systemCall(failedCall(), errno: control.pointee.failed_errno)
        default:
            break
        }
        let status = control.pointee.wait_status
        let terminatingSignal = status & 0x7F
        switch ending {
        case JITTER_ENDING_TIMED_OUT:
            return .timedOut(nil)
        case JITTER_ENDING_INTERRUPTED:
            return .interrupted(nil)
        default:
            if terminatingSignal == 0 {
                return .exited(status: (status >> 8) & 0xFF)
            }
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
