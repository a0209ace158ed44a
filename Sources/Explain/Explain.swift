// The Explain module.
