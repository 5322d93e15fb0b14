graph [
  node [
    id 0
    label "7"
  ]
  node [
    id 1
    label "700"
  ]
  node [
    id 2
    label "70"
  ]
  edge [
    source 0
    target 1
    weight 1.5
  ]
  edge [
    source 1
    target 2
    weight 2
  ]
]
