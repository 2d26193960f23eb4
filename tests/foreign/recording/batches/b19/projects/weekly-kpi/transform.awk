BEGIN { FS = OFS = "\t" }
{
    orders[$1] += $3; revenue[$1] += $4
}}
END {
    for (w in orders) printf "%s\t%d\t%.2f\t%.2f\n", w, orders[w], revenue[w], revenue[w] / orders[w]
}
