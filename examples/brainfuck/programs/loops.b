A long loop benchmark: three nested loops of 200 iterations each (8 million runs of the
innermost body) then the classic hello world on fresh cells

++++++++++[>++++++++++++++++++++<-]>        c1 = 200 (the outer counter)
[
  >++++++++++[>++++++++++++++++++++<-]>     c3 = 200 (the middle counter)
  [
    >++++++++++[>++++++++++++++++++++<-]>   c5 = 200 (the inner counter)
    [>+>++<<-]                              c6 plus 1 and c7 plus 2 per turn
    <<-
  ]
  <<-
]
>>>>>>>>>>
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.
