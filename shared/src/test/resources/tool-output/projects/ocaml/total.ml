let total prices = List.fold_left ( + ) 0 prices

let () = print_int (total [ 1; 2; "3" ])
