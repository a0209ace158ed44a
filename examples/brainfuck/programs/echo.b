Echoes its input up to the first zero byte (the end of input reads as zero)
,[.,]
