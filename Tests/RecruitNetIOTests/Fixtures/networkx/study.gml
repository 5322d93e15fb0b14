graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "007"
    followers 12
    score 0.5
    bio "says &#34;hi&#34; &#38; <waves>"
    verified 1
    zip "02134"
  ]
  node [
    id 1
    label "7"
    followers 7
    score 2.0
    bio "plain"
    verified 0
    zip "7"
  ]
  node [
    id 2
    label "7.0"
    followers 0
    score -1.25
    bio ""
    verified 0
    zip "07"
  ]
  node [
    id 3
    label "00"
    followers "100000000000"
    score 1.E-07
    bio "big"
    verified 1
    zip "00"
  ]
  node [
    id 4
    label "&#1593;&#1576;&#1583;_&#1575;&#1604;&#1604;&#1607;"
    followers 3
    score 0.125
    bio "&#1605;&#1585;&#1581;&#1576;&#1575; &#1576;&#1575;&#1604;&#1593;&#1575;&#1604;&#1605;"
    verified 0
    zip "1e3"
  ]
  node [
    id 5
    label "say &#34;x&#34;"
    followers 1
    score 3.0
    bio "quote in name"
    verified 1
    zip "x"
  ]
  node [
    id 6
    label "jihad"
    followers 5
    score 0.0
    bio "an account named like the hashtag"
    verified 0
    zip "5"
  ]
  node [
    id 7
    label "hashtag:jihad"
    kind "hashtag"
  ]
  node [
    id 8
    label "a&#38;b<c>"
    followers 2
    score 0.75
    bio "markup"
    verified 0
    zip "2"
  ]
  edge [
    source 0
    target 1
    key "retweet"
    type "retweet"
    weight 3.0
    first_time 1420070400
    last_time 1420156800
  ]
  edge [
    source 0
    target 1
    key "mention"
    type "mention"
    weight 1.0
    first_time 1420070500
    last_time 1420070500
  ]
  edge [
    source 0
    target 7
    key "hashtag"
    type "hashtag"
    weight 2.0
    first_time 1420071000
    last_time 1420071000
  ]
  edge [
    source 1
    target 0
    key "retweet"
    type "retweet"
    weight 2.5
    first_time 1420000000
    last_time 1420000000
  ]
  edge [
    source 2
    target 3
    key "reply"
    type "reply"
    weight 1.0
    first_time 1420070600
    last_time 1420070600
  ]
  edge [
    source 4
    target 0
    key "mention"
    type "mention"
    weight 4.0
    first_time 1420070700
    last_time 1420080700
  ]
  edge [
    source 5
    target 4
    key "quote"
    type "quote"
    weight 1.0
    first_time 1420070800
    last_time 1420070800
  ]
  edge [
    source 6
    target 7
    key "hashtag"
    type "hashtag"
    weight 6.0
    first_time 1420070900
    last_time 1420090900
  ]
  edge [
    source 8
    target 8
    key "mention"
    type "mention"
    weight 1.0
    first_time 1420071100
    last_time 1420071100
  ]
]
