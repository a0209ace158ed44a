// The JIT module.
