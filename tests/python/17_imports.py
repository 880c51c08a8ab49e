# import and from-import of sibling modules.
import mod_shapes
import mod_util
from mod_shapes import Circle, describe
from mod_util import total_area as area_sum

shapes = [Circle(1), mod_shapes.Circle(2.5), Circle(0.5)]
print(describe(shapes[0]), mod_shapes.PI)
print(area_sum(shapes), mod_util.biggest(shapes), mod_util.CALLS)
print(round(area_sum([Circle(3)]), 3), mod_util.CALLS[0])
